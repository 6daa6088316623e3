/**
 * Chart builders (XChart) and headless PNG/SVG saving.
 */
package org.initlab.plot;
