package org.partnercenter.commons.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * Every body an operation declares is required: a write without its body is a 400. A body reaches the service
 * unread ({@code request.Body<T>}, named in the document by {@code @RequestBodySchema}), so the document cannot
 * see that from the method's parameters; generated clients read {@code required} to make the body a mandatory
 * argument.
 */
public class RequiredBodies implements OASFilter {

    @Override
    public RequestBody filterRequestBody(RequestBody requestBody) {
        return requestBody.required(true);
    }
}
