package org.partnercenter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.input.Text;
import org.partnercenter.commons.input.TextKind;
import org.partnercenter.commons.sample.WidgetRequest;

class RequestTextKindsTest {

    @Test
    void shouldListEveryTextWithoutAKindWhenARequestRecordDeclaresNone() {
        RequestTextKinds kinds = RequestTextKinds.of(Unbounded.class);

        assertThat(kinds.undeclared()).containsExactlyInAnyOrder(
                "Body.name: a String without @Text(kind)",
                "Body.tags<>: a String without @Text(kind)",
                "Body.labels<>: a String without @Text(kind)",
                "Body.inner: a nested record without @Valid, so its kinds are never checked",
                "Inner.note: a String without @Text(kind)");
    }

    @Test
    void shouldFindNothingUndeclaredWhenEveryTextOfTheSampleHasAKind() {
        RequestTextKinds kinds = RequestTextKinds.inPackage("org.partnercenter.commons.sample");

        assertThat(kinds.bodies()).contains(WidgetRequest.class, WidgetRequest.Part.class);
        assertThat(kinds.undeclared()).isEmpty();
    }

    static class Unbounded {
        @POST
        public void create(@PathParam("id") String id, Body body) {
        }

        record Body(String name, List<String> tags, Map<@Text(TextKind.CODE) String, String> labels, Inner inner,
                @Text(TextKind.NAME) String named, List<@Valid Inner> inners) {
        }

        record Inner(String note) {
        }
    }
}
