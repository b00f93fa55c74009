package vn.parcomms.support;

import java.io.UnsupportedEncodingException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.ResultActions;

/** Reads a rendered page the way a browser would (entities decoded), to check what the user sees. */
public final class Html {

    private Html() {
    }

    public static Document page(ResultActions result) throws UnsupportedEncodingException {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }
}
