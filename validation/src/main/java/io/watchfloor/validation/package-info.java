/**
 * The supported way to get the {@link jakarta.validation.Validator} every module's factory takes:
 * Hibernate Validator with parameter message interpolation, so no Expression Language jar is needed.
 */
package io.watchfloor.validation;
