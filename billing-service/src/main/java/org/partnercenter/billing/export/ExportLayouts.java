package org.partnercenter.billing.export;

import static org.partnercenter.billing.lineitem.QueryProblems.shown;
import static org.partnercenter.billing.lineitem.QueryProblems.trimmed;

import org.partnercenter.billing.lineitem.QueryProblems;
import org.partnercenter.commons.json.WireEnums;

/** Reads a request's attribute set and format, in any case, each by default when left out. */
final class ExportLayouts {

    static final String ATTRIBUTE_SET = "attributeSet";
    static final String FORMAT = "format";

    private ExportLayouts() {
    }

    /** The layout asked for; a bad value is added to {@code problems} (the layout then holds the default). */
    static ExportLayout read(String attributeSet, String format, QueryProblems problems) {
        return new ExportLayout(value(AttributeSet.class, ATTRIBUTE_SET, attributeSet,
                ExportLayout.DEFAULT.attributeSet(), problems),
                value(ExportFormat.class, FORMAT, format, ExportLayout.DEFAULT.format(), problems));
    }

    static <E extends Enum<E>> E value(Class<E> type, String field, String sent, E byDefault,
            QueryProblems problems) {
        String text = trimmed(sent);
        if (text == null) {
            return byDefault;
        }
        E found = WireEnums.find(type, text).orElse(null);
        if (found == null) {
            problems.add(field, "must be one of " + WireEnums.allowed(type) + ", got " + shown(sent));
            return byDefault;
        }
        return found;
    }
}
