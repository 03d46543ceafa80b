package org.partnercenter.billing.payment;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.partnercenter.billing.lineitem.LenientQuery;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.request.Body;
import org.partnercenter.commons.request.IdempotentWrite;

/** Payments against issued invoices: the operator records them, partners read their own. */
@Path("/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    private final PaymentRecorder recorder;
    private final Payments payments;
    private final CallerContext callers;

    PaymentResource(PaymentRecorder recorder, Payments payments, CallerContext callers) {
        this.recorder = recorder;
        this.payments = payments;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @IdempotentWrite
    @Operation(summary = "Record a payment (operator)", description = "{invoiceId, amount, currencyCode, paymentDate, "
            + "reference}: amount (above 0, in the invoice's currency and its minor units) paid against an issued "
            + "invoice; paymentDate (a date or date-time, not after today) defaults to today; reference is optional. "
            + "Answers 201 with the Payment and its Location. The part beyond the invoice's balance becomes the "
            + "partner's credit in that currency, which its next invoice in that currency consumes (creditApplied). "
            + "Idempotent on MS-RequestId.")
    @RequestBodySchema(PaymentRequest.class)
    public Response record(Body<PaymentRequest> body) {
        Payment payment = recorder.record(callers.caller(), body);
        return Response.created(URI.create("/v1" + PaymentView.uri(payment.id))).entity(PaymentView.of(payment))
                .build();
    }

    @GET
    @Operation(summary = "Get payments", description = "A Collection of Payment in the order they were recorded: a "
            + "partner's own (an invoice of another partner lists none), the operator's of every partner. Seek "
            + "paging: size (default 100, maximum 1,000) and MS-ContinuationToken.")
    @Parameters({
        @Parameter(name = "invoiceId", in = ParameterIn.QUERY, description = "The invoice whose payments to list"),
        @Parameter(name = "partnerTenantId", in = ParameterIn.QUERY,
                description = "The operator only: the partner whose payments to list"),
        @Parameter(name = "size", in = ParameterIn.QUERY, description = "Page size, at most 1,000")
    })
    public Response list(@HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        return Response.ok(CollectionLinks.collection(uri, payments.list(callers.caller(), LenientQuery.of(uri),
                continuation))).build();
    }

    @GET
    @Path("/{paymentId}")
    @Operation(summary = "Get a payment by id", description = "A Payment. Another partner's answers 404.")
    public PaymentView get(@PathParam("paymentId") String paymentId) {
        return payments.view(callers.caller(), paymentId);
    }
}
