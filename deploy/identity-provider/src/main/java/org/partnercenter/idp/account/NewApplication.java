package org.partnercenter.idp.account;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Body of {@code POST /{tenant}/applications}. */
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record NewApplication(String displayName) {
}
