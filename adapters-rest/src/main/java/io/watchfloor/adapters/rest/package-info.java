/**
 * Jakarta REST (JAX-RS) resources over the use cases, one per context, with JSON DTOs at the edge
 * and problem+json errors that carry the rule ID.
 */
package io.watchfloor.adapters.rest;
