/**
 * The camera gateway over ONVIF (SOAP on the JDK's HTTP client and XML parser) and WS-Discovery.
 */
package io.watchfloor.adapters.onvif;
