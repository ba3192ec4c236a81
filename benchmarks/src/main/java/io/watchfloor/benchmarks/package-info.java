/** JMH benchmarks of Watchfloor, each with its baseline in the same run; figures in benchmarks/README.md. */
package io.watchfloor.benchmarks;
