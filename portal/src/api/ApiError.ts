/** A refusal in the API's error shape: `{code, description, data, source}`, with the HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number | undefined,
    readonly description: string,
    readonly data: unknown[] = [],
  ) {
    super(description);
    this.name = 'ApiError';
  }

  get forbidden(): boolean {
    return this.status === 403;
  }

  get notFound(): boolean {
    return this.status === 404;
  }

  /** A stale `If-Match`: the API answers 400 with code 2055 (as the real API), or 412 from some services. */
  get staleEtag(): boolean {
    return this.code === 2055 || this.status === 412;
  }

  static async of(response: Response): Promise<ApiError> {
    let body: { code?: number; description?: string; data?: unknown[] } = {};
    try {
      body = await response.json();
    } catch {
      // Not our error shape (a proxy's page, say): the status line is all there is to show.
    }
    const description = body.description ?? `The request failed with HTTP ${response.status} ${response.statusText}.`;
    return new ApiError(response.status, body.code, description, body.data ?? []);
  }
}
