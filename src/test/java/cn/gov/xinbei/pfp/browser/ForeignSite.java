package cn.gov.xinbei.pfp.browser;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Another web site for the cross-site request tests: a small HTTP server on a port of its own that serves pages
 * made per request (the query string goes to the page's maker).
 */
final class ForeignSite implements AutoCloseable {

    private final HttpServer server;

    ForeignSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
    }

    ForeignSite page(String path, Function<String, String> html) {
        server.createContext(path, exchange -> {
            byte[] page = html.apply(exchange.getRequestURI().getQuery()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        return this;
    }

    /** The site's address under that host name (localhost and 127.0.0.1 are different sites to a browser). */
    String at(String host) {
        return "http://" + host + ":" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
