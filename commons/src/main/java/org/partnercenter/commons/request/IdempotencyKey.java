package org.partnercenter.commons.request;

/** A write's identity: the caller's partner tenant (ids are only unique per client) and its request id. */
record IdempotencyKey(String scope, String requestId, String method, String path) {
}
