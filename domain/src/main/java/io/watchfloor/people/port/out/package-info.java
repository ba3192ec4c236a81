/** Where people and departments are stored, and who is on duty (served by the shifts context). */
package io.watchfloor.people.port.out;
