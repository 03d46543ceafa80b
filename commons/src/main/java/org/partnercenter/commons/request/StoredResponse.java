package org.partnercenter.commons.request;

/** The first answer to an idempotent write, replayed for its retries. */
record StoredResponse(String method, String path, int status, String body, String location) {
}
