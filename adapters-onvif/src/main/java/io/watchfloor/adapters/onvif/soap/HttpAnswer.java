package io.watchfloor.adapters.onvif.soap;

/**
 * A raw HTTP answer: status, content type and the body, already cut at the size limit.
 *
 * @param viaHttpAuthentication whether the client had to answer an HTTP authentication challenge (Digest or Basic)
 */
public record HttpAnswer(int status, String contentType, byte[] body, boolean viaHttpAuthentication) {

    public HttpAnswer {
        contentType = contentType == null ? "" : contentType;
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
