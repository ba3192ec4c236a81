/**
 * SOAP 1.2 for ONVIF on hardened JDK XML: envelopes as text, answers parsed by namespace and
 * local name, faults and transport failures as typed {@link io.watchfloor.adapters.onvif.soap.OnvifException}s.
 */
package io.watchfloor.adapters.onvif.soap;
