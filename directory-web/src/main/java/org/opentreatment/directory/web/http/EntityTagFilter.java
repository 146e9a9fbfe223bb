package org.opentreatment.directory.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entity tags for reads of the public API ({@link ApiReads}): a 200 answer gets a strong {@code
 * ETag}, a hash of its body, and a request whose {@code If-None-Match} names it (or is {@code *})
 * gets 304 with the tag and no body, as RFC 9110 says (weak comparison; a list of tags matches if
 * any does). The body is the representation byte for byte, so the tag is strong; a proxy that
 * compresses must weaken it, as common ones do. An answer that already has a tag keeps it. The
 * resources need to know nothing about it, so a new read-only API (HSDS) has tags at once; the
 * operators' endpoints never do.
 *
 * <p>The answer is buffered to hash it (search pages are at most a few hundred kilobytes); one
 * larger than {@link #MAX_BUFFERED} goes out as it is written, without a tag. HEAD is answered as
 * GET without the body, so both carry the same tag and length.
 *
 * <p>Every answer still carries {@code Cache-Control: no-store} (see docs/api.md): the tag serves
 * clients that keep their own copy, such as a program that harvests the listings, not browser or
 * proxy caches, which must keep no copy of what someone searched for.
 */
@WebFilter(urlPatterns = "/api/*")
public class EntityTagFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Answers larger than this are streamed without a tag rather than held in memory. */
    static final int MAX_BUFFERED = 4 * 1024 * 1024;

    /** An entity tag in an If-None-Match list: its opaque part, quotes included. */
    private static final Pattern TAG = Pattern.compile("(?:W/)?(\"[^\"]*\")");

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!ApiReads.isRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean head = "HEAD".equals(request.getMethod());
        Buffered buffered = new Buffered(response);
        chain.doFilter(head ? new AsGet(request) : request, buffered);
        if (buffered.bypassed()) {
            buffered.finishBypassed();
            return;
        }
        byte[] body = buffered.body();
        if (response.getStatus() != HttpServletResponse.SC_OK) {
            send(response, body, head);
            return;
        }
        String tag = response.getHeader("ETag");
        if (tag == null) {
            tag = strongTag(body);
            response.setHeader("ETag", tag);
        }
        if (matches(Collections.list(request.getHeaders("If-None-Match")), tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        send(response, body, head);
    }

    private static void send(HttpServletResponse response, byte[] body, boolean head)
            throws IOException {
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    /** A strong tag: the first 128 bits of the body's SHA-256, in URL-safe Base64. */
    static String strongTag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(Arrays.copyOf(hash, 16))
                    + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /**
     * Whether {@code If-None-Match} holds the tag, by weak comparison (RFC 9110, 13.1.2): {@code *}
     * matches any current representation, and a list matches if one of its tags has the same opaque
     * part, with or without {@code W/}. Anything unreadable in the list matches nothing.
     */
    static boolean matches(List<String> ifNoneMatch, String tag) {
        Matcher current = TAG.matcher(tag);
        if (!current.matches()) {
            return false;
        }
        String opaque = current.group(1);
        for (String field : ifNoneMatch) {
            if (field.strip().equals("*")) {
                return true;
            }
            Matcher listed = TAG.matcher(field);
            while (listed.find()) {
                if (listed.group(1).equals(opaque)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A HEAD request as the GET whose answer it must mirror. */
    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }

    /**
     * The response with its body held back (and its length left to this filter) until the body is
     * complete; an error sent through the container, a redirect or a body past {@link
     * #MAX_BUFFERED} bypasses the buffer.
     */
    private static final class Buffered extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private boolean bypassed;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        boolean bypassed() {
            return bypassed;
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        void finishBypassed() throws IOException {
            if (writer != null) {
                writer.flush();
            }
        }

        /** From now on, what was buffered and everything after it goes straight out. */
        private void bypass() throws IOException {
            if (!bypassed) {
                bypassed = true;
                if (buffer.size() > 0) {
                    getResponse().getOutputStream().write(buffer.toByteArray());
                    buffer.reset();
                }
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was called before");
            }
            if (stream == null) {
                stream = new BufferStream();
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (stream != null && writer == null) {
                throw new IllegalStateException("getOutputStream() was called before");
            }
            if (writer == null) {
                stream = new BufferStream();
                writer = new PrintWriter(new OutputStreamWriter(stream, getCharacterEncoding()));
            }
            return writer;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            bypassed = true;
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            bypassed = true;
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            bypassed = true;
            super.sendRedirect(location);
        }

        @Override
        public void flushBuffer() throws IOException {
            if (bypassed) {
                super.flushBuffer();
            }
        }

        @Override
        public boolean isCommitted() {
            return bypassed && super.isCommitted();
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
            if (bypassed) {
                super.resetBuffer();
            }
        }

        @Override
        public void reset() {
            buffer.reset();
            super.reset();
        }

        // The length is this filter's to set: a 304 has no body, HEAD the GET's length.

        @Override
        public void setContentLength(int length) {
            if (bypassed) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (bypassed) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (bypassed || !"Content-Length".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (bypassed || !"Content-Length".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setIntHeader(String name, int value) {
            if (bypassed || !"Content-Length".equalsIgnoreCase(name)) {
                super.setIntHeader(name, value);
            }
        }

        @Override
        public void addIntHeader(String name, int value) {
            if (bypassed || !"Content-Length".equalsIgnoreCase(name)) {
                super.addIntHeader(name, value);
            }
        }

        private final class BufferStream extends ServletOutputStream {

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (!bypassed && buffer.size() + length > MAX_BUFFERED) {
                    bypass();
                }
                if (bypassed) {
                    getResponse().getOutputStream().write(bytes, offset, length);
                } else {
                    buffer.write(bytes, offset, length);
                }
            }

            @Override
            public void flush() throws IOException {
                if (bypassed) {
                    getResponse().getOutputStream().flush();
                }
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("Reads of the API are answered blocking");
            }
        }
    }
}
