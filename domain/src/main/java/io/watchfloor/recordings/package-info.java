/**
 * Recordings and retention (RET-01..10): segments as cameras and NVRs report them, the retention
 * policy that fixes each segment's keep-until, holds (legal holds and evidence locks), the backup
 * register, crash-safe destruction with records kept forever, capacity pressure on storage areas,
 * and the interval index that lets a sweep decide millions of segments a second.
 */
package io.watchfloor.recordings;
