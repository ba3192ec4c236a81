/** The architecture rules (ArchUnit) that every module checks against its own classes. */
package io.watchfloor.testkit.architecture;
