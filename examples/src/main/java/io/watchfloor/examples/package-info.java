/**
 * A runnable monitoring centre: {@link io.watchfloor.examples.Centre} wires every context by hand
 * (the composition root), and {@link io.watchfloor.examples.Demo} plays a simulated week on an
 * accelerated clock and prints the duty report a centre head would read.
 */
package io.watchfloor.examples;
