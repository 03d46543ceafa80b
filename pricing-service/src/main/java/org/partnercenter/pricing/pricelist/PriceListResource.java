package org.partnercenter.pricing.pricelist;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.request.IdempotentWrite;
import org.partnercenter.pricing.config.PricingServiceConfig;
import org.partnercenter.pricing.pricelist.file.CsvPriceListReader;
import org.partnercenter.pricing.pricelist.file.JsonPriceListReader;

@Path("/v1/pricelists")
@Produces(MediaType.APPLICATION_JSON)
@IdempotentWrite
public class PriceListResource {

    private static final String CSV = "text/csv";
    private static final String PUBLISH = " A version is a whole price list: from its effective date on it replaces "
            + "the one before; a later publish with the same effective date supersedes the earlier one. Every row is "
            + "checked and a bad one refuses the whole list (400, each row with its line and reason). Answers 201 "
            + "with the version. kind=azure (default) prices the Azure rate card and the metering feed; kind=shared "
            + "the shared-services rate card (/v1/ratecards/azure-shared), a chain of versions of its own.";

    private final PriceListPublisher publisher;
    private final PriceListVersions versions;
    private final PriceListDownload download;
    private final CallerContext callers;
    private final ObjectMapper mapper;
    private final PricingServiceConfig config;
    private final PagingConfig paging;

    PriceListResource(PriceListPublisher publisher, PriceListVersions versions, PriceListDownload download,
            CallerContext callers, ObjectMapper mapper, PricingServiceConfig config, PagingConfig paging) {
        this.publisher = publisher;
        this.versions = versions;
        this.download = download;
        this.callers = callers;
        this.mapper = mapper;
        this.config = config;
        this.paging = paging;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a price list (operator), JSON", description = "{effectiveDate, currency: USD, "
            + "meters: [AzureMeter]}." + PUBLISH)
    public Response publishJson(InputStream body, @QueryParam("kind") String kind) {
        return created(publisher.publish(callers.caller(), PriceListKind.parse(kind),
                () -> JsonPriceListReader.read(mapper, body, config.publishing())));
    }

    @POST
    @Consumes(CSV)
    @Operation(summary = "Publish a price list (operator), CSV", description = "Header meterId,name,category,"
            + "subcategory,region,unit,includedQuantity,tierStart,unitPrice,effectiveDate,tags; one row per meter and "
            + "tier; effectiveDate and currency as query parameters." + PUBLISH)
    public Response publishCsv(InputStream body, @QueryParam("effectiveDate") String effectiveDate,
            @QueryParam("currency") String currency, @QueryParam("kind") String kind) {
        return created(publisher.publish(callers.caller(), PriceListKind.parse(kind),
                () -> CsvPriceListReader.read(body, effectiveDate, currency, config.publishing())));
    }

    @GET
    @Operation(summary = "List price list versions", description = "In publish order; seek paging with size "
            + "(default 100, max 1,000) and MS-ContinuationToken.")
    public Response list(@QueryParam("size") String size,
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(size, continuation, paging.limits("versions"));
        return Response.ok(CollectionLinks.collection(uri, versions.list(callers.caller(), page)
                .map(PriceListVersionView::of))).build();
    }

    @GET
    @Path("/{versionId}")
    @Operation(summary = "Get a price list version")
    public Response get(@PathParam("versionId") UUID versionId) {
        return Response.ok(PriceListVersionView.of(versions.get(callers.caller(), versionId))).build();
    }

    @GET
    @Path("/{versionId}/meters")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Download a whole version", description = "Streamed, as JSON or CSV (format=json|csv, or "
            + "Accept: text/csv), in the same format that publishes it.")
    public Response download(@PathParam("versionId") UUID versionId, @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        PriceListVersion version = versions.get(callers.caller(), versionId);
        boolean csv = format == null ? accept != null && accept.contains(CSV) && !accept.contains("json")
                : format.equalsIgnoreCase("csv");
        if (format != null && !csv && !format.equalsIgnoreCase("json")) {
            throw ApiException.badRequest("format is json or csv, got '" + format + "'.", List.of("format"));
        }
        String file = "pricelist-" + version.id + (csv ? ".csv" : ".json");
        return Response.ok(csv ? download.csv(version) : download.json(version))
                .type(csv ? CSV + "; charset=utf-8" : MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private static Response created(PriceListVersion version) {
        return Response.created(URI.create("/v1/pricelists/" + version.id))
                .entity(PriceListVersionView.of(version)).build();
    }
}
