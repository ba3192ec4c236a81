/** Outbound ports shared by every context, such as {@link io.watchfloor.shared.port.out.Transactions}. */
package io.watchfloor.shared.port.out;
