package org.partnercenter.customer.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;

/** A migration file as sent, read into rows only once the caller may migrate customers. */
@FunctionalInterface
interface MigrationFile {

    /** Malformed JSON is thrown as it is, for the commons answer that says where. */
    List<MigrationRow> rows() throws JsonProcessingException;
}
