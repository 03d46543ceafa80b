package org.partnercenter.billing.export;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.CallerContext;

/** A finished export's manifest and the download of its parts. Ids are taken as text: a bad one is a 404. */
@Path("/v1/invoices/exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportResource {

    static final String GZIP = "application/gzip";

    private final ExportReads reads;
    private final CallerContext callers;

    ExportResource(ExportReads reads, CallerContext callers) {
        this.reads = reads;
        this.callers = callers;
    }

    @GET
    @Path("/{exportId}")
    @Operation(summary = "Get a reconciliation export's manifest", description = "What the export holds (dataFormat "
            + "compressedJSONLines or compressedCSV, attributeSet, rowCount, expirationDateTime) and its parts, each "
            + "with its rowCount, byteCount, sha256 (lowercase hex of the exact bytes its download answers) and "
            + "downloadLink. An export with no line item has no part. Once expired it answers 404 saying so.")
    public ExportManifestView manifest(@PathParam("exportId") String exportId) {
        return reads.manifest(callers.caller(), exportId);
    }

    @GET
    @Path("/{exportId}/parts/{name}")
    @Produces({GZIP, MediaType.WILDCARD})
    @Operation(summary = "Download a part of a reconciliation export", description = "The part's exact bytes, a "
            + "gzip file (Content-Type application/gzip, no Content-Encoding: the client keeps or gunzips it), as "
            + "the manifest's sha256 and byteCount describe them.")
    public Response part(@PathParam("exportId") String exportId, @PathParam("name") String name) {
        ExportReads.PartDownload part = reads.part(callers.caller(), exportId, name);
        StreamingOutput bytes = out -> reads.write(part, out);
        return Response.ok(bytes, GZIP).header(HttpHeaders.CONTENT_LENGTH, part.byteCount()).build();
    }
}
