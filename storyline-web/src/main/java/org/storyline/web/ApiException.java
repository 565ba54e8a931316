package org.storyline.web;

/** An error a client caused or can act on, with the HTTP status it maps to and a message for the client. */
public class ApiException extends RuntimeException {
  private final int status;

  ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  static ApiException unauthorized(String message) {
    return new ApiException(401, message);
  }

  static ApiException forbidden(String message) {
    return new ApiException(403, message);
  }

  static ApiException unavailable(String message) {
    return new ApiException(503, message);
  }
}
