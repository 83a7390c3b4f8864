// Talks to the AffectRec REST API with the key kept in sessionStorage (never in a URL).

const KEY_NAME = 'affectrec.apiKey';

/** An HTTP error answer, with the problem document when the server sent one. */
export class ApiError extends Error {
  constructor(status, problem, path) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status} for ${path}`);
    this.status = status;
    this.problem = problem;
    this.path = path;
  }

  /**
   * True when the server has no such endpoint, as opposed to an endpoint answering that the user
   * or item does not exist (whose problem detail starts with "no user" or "no item").
   */
  get noEndpoint() {
    const detail = (this.problem && this.problem.detail) || '';
    return this.status === 501 || this.status === 405 ||
      (this.status === 404 && !/^no (user|item)\b/.test(detail));
  }
}

export const apiKey = {
  get: () => sessionStorage.getItem(KEY_NAME),
  set: (key) => sessionStorage.setItem(KEY_NAME, key),
  clear: () => sessionStorage.removeItem(KEY_NAME),
};

/** GET {@code path} as JSON; throws ApiError for any non-2xx answer. */
export async function getJson(path) {
  const response = await fetch(path, {
    headers: { Authorization: `Bearer ${apiKey.get() || ''}`, Accept: 'application/json' },
    cache: 'no-store',
  });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, body, path);
  }
  return body;
}
