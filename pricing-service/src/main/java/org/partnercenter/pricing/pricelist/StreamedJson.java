package org.partnercenter.pricing.pricelist;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;

/** The generator of every streamed download (a version, the rate card). */
public final class StreamedJson {

    private StreamedJson() {
    }

    public static JsonGenerator open(ObjectMapper mapper, OutputStream out) throws IOException {
        JsonGenerator json = mapper.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // A failure mid-stream must leave the JSON unfinished, never closed into a valid but shorter list.
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        return json;
    }
}
