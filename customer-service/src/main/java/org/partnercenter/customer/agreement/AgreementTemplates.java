package org.partnercenter.customer.agreement;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercenter.customer.config.CustomerServiceConfig;

/**
 * The agreement templates of the configuration ({@code partner-center.customer-service.agreements.templates}),
 * checked at start: a template without a known type or an absolute link would only fail later, at a partner's call.
 */
@ApplicationScoped
@Startup
public class AgreementTemplates {

    /** One template, as {@code GET /v1/agreements} lists it and attestations refer to it. */
    public record Template(String templateId, AgreementType type, String agreementLink, int versionRank) {
    }

    private final List<Template> templates;

    AgreementTemplates(CustomerServiceConfig config) {
        List<Template> read = new ArrayList<>();
        for (Map.Entry<String, CustomerServiceConfig.Template> entry : config.agreements().templates().entrySet()) {
            read.add(check(entry.getKey(), entry.getValue()));
        }
        if (read.isEmpty()) {
            throw new IllegalStateException("partner-center.customer-service.agreements.templates names no template: "
                    + "partners could attest no agreement");
        }
        read.sort(Comparator.comparing(Template::type).thenComparing(Template::versionRank)
                .thenComparing(Template::templateId));
        this.templates = List.copyOf(read);
    }

    /** The templates of one type, or of every type when {@code type} is empty. */
    public List<Template> ofType(Optional<AgreementType> type) {
        return templates.stream().filter(t -> type.isEmpty() || t.type() == type.get()).toList();
    }

    /** The template with this id, in any case (template ids are GUIDs). */
    public Optional<Template> find(String templateId) {
        return templates.stream().filter(t -> t.templateId().equalsIgnoreCase(templateId.trim())).findFirst();
    }

    private static Template check(String name, CustomerServiceConfig.Template configured) {
        String prefix = "partner-center.customer-service.agreements.templates." + name;
        AgreementType type = AgreementType.find(configured.agreementType()).orElseThrow(() ->
                new IllegalStateException(prefix + ".agreement-type is '" + configured.agreementType()
                        + "', expected one of " + AgreementType.accepted()));
        if (!URI.create(configured.agreementLink()).isAbsolute()) {
            throw new IllegalStateException(prefix + ".agreement-link must be an absolute URL, got '"
                    + configured.agreementLink() + "'");
        }
        return new Template(configured.templateId().trim(), type, configured.agreementLink(),
                configured.versionRank());
    }
}
