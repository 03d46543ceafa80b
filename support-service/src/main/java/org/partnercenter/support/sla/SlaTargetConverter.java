package org.partnercenter.support.sla;

import org.eclipse.microprofile.config.spi.Converter;

/** Reads {@link SlaTarget}s from configuration, so a bad target stops the service at start-up. */
public class SlaTargetConverter implements Converter<SlaTarget> {

    @Override
    public SlaTarget convert(String value) {
        return SlaTarget.parse(value);
    }
}
