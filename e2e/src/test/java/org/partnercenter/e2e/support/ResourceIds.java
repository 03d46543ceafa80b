package org.partnercenter.e2e.support;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids a caller's requests put in their paths: its partner's own customer, subscription, order, service
 * request, user and so on. A path parameter is recognised by its name, or for a bare {@code {id}} by the
 * collection before it, as the services' own documents name them; one without a known resource gets a new
 * GUID (a 404 once the request passes the gateway).
 */
public record ResourceIds(Map<String, String> byKind) {

    /**
     * Well-formed values for billing's path parameters where the suite has no real one: an invoice id as billing
     * issues them (a 404 unless it is the caller's), the line items' provider and kind, and a billing period long
     * before any usage, so that a close the suite sends (for one partner or, its body spoiled, for all) bills nothing.
     */
    public static final Map<String, String> BILLING = Map.of("invoice", "G000000001", "period", "2000-01",
            "provider", "onetime", "invoiceLineItemType", "usagelineitems");

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** The id of the kind a path parameter names, or null if this set of ids has none. */
    public String valueFor(String template, String parameter) {
        return byKind.get(kindOf(template, parameter));
    }

    /** The template with every parameter replaced: known ids, else {@code unknown} for each, else a new GUID. */
    public String fill(String template) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = valueFor(template, matcher.group(1));
            matcher.appendReplacement(path, value != null ? value : UUID.randomUUID().toString());
        }
        return matcher.appendTail(path).toString();
    }

    /** {@code customerId}, or {@code {id}} after {@code /customers/}: both are {@code customer}. */
    public static String kindOf(String template, String parameter) {
        String name = parameter.toLowerCase();
        if (!name.equals("id")) {
            return switch (name) {
                case "customerid" -> "customer";
                case "subscriptionid" -> "subscription";
                case "orderid" -> "order";
                case "servicerequestid" -> "serviceRequest";
                case "userid" -> "user";
                case "applicationid", "appid" -> "application";
                case "tenantid" -> "partner";
                case "versionid" -> "priceList";
                case "meterid" -> "meter";
                case "exchangerateid" -> "exchangeRate";
                case "agentlocale" -> "locale";
                case "invoiceid", "invoice-id" -> "invoice";
                case "billingperiod", "billing-period" -> "period";
                case "billingprovider", "billing-provider" -> "provider";
                case "invoicelineitemtype", "invoice-line-item-type", "lineitemtype", "type" -> "invoiceLineItemType";
                case "operationid" -> "operation";
                case "exportid" -> "export";
                case "partname" -> "part";
                case "paymentid" -> "payment";
                case "offerid" -> "offer";
                case "productid" -> "product";
                case "skuid" -> "sku";
                case "availabilityid" -> "availability";
                case "serviceincidentid" -> "serviceIncident";
                default -> name;
            };
        }
        String before = template.substring(0, template.indexOf("{" + parameter + "}"));
        String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
        return switch (collection.toLowerCase()) {
            case "customers" -> "customer";
            case "servicerequests" -> "serviceRequest";
            case "users" -> "user";
            case "applications" -> "application";
            case "exchangerates" -> "exchangeRate";
            case "partners" -> "partner";
            case "invoices" -> "invoice";
            case "billingperiods" -> "period";
            case "payments" -> "payment";
            case "serviceincidents" -> "serviceIncident";
            default -> collection;
        };
    }
}
