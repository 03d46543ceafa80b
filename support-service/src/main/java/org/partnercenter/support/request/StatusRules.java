package org.partnercenter.support.request;

import java.util.List;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.json.WireEnums;

/**
 * Which changes each side may make in which state. The partner opens, replies, closes and reopens; support
 * asks for information ({@code attention_needed}) and resolves ({@code closed}). A change the state does not
 * allow is a 409 that names the state and what to do instead.
 */
final class StatusRules {

    private StatusRules() {
    }

    /**
     * @param wanted the status asked for, or null when unchanged
     * @param note whether the change adds a note
     * @param severity whether the change sets another severity
     */
    static void checkPartner(ServiceRequest r, ServiceRequestStatus wanted, boolean note, boolean severity) {
        if (wanted == ServiceRequestStatus.ATTENTION_NEEDED) {
            throw ApiException.badRequest("Status attention_needed is set by support when it needs information "
                    + "from you; a partner sets Status to open (to reopen) or closed.", List.of("status"));
        }
        if (r.status == ServiceRequestStatus.CLOSED && wanted != ServiceRequestStatus.OPEN && (note || severity)) {
            throw conflict(r, "reopen it with Status open in the same PATCH to add a note or change its severity");
        }
        if (r.status == ServiceRequestStatus.ATTENTION_NEEDED && wanted == ServiceRequestStatus.OPEN && !note) {
            throw conflict(r, "support is waiting for information from you; reply with a NewNote, which reopens it");
        }
    }

    static void checkOperator(ServiceRequest r, ServiceRequestStatus wanted) {
        if (wanted == ServiceRequestStatus.OPEN) {
            throw ApiException.badRequest("Support sets Status to attention_needed (to ask the partner for "
                    + "information) or closed (resolved); only the partner reopens a request.", List.of("status"));
        }
        if (r.status == ServiceRequestStatus.CLOSED) {
            throw conflict(r, "support cannot add notes to it or change its status; the partner may reopen it");
        }
    }

    private static ApiException conflict(ServiceRequest r, String what) {
        return ApiException.conflict("Service request " + r.id + " is " + WireEnums.wireName(r.status) + ": "
                + what + ".");
    }
}
