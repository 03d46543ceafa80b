package org.partnercenter.gateway.routing;

/** The service that owns a route: requests are forwarded to it, or served by the gateway itself. */
public enum Owner {
    GATEWAY,
    CUSTOMER,
    BILLING,
    PRICING,
    SUPPORT
}
