package org.partnercenter.idp.account;

import java.util.List;

/** A list in Microsoft Graph's shape: {@code {"value": [...]}}. */
public record Listing<T>(List<T> value) {
}
