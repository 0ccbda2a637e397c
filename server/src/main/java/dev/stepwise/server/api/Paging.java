package dev.stepwise.server.api;

import dev.stepwise.server.protocol.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * {@code maxResults}/{@code nextToken} paging of the List* operations. A token names the listing it belongs to and
 * the offset of the next item, so a token from one listing is refused by another with {@code InvalidToken}.
 */
final class Paging {

    /** AWS's page size when a request gives none (or 0). */
    static final int DEFAULT_PAGE_SIZE = 100;

    private Paging() {
    }

    record Page<T>(List<T> items, String nextToken) {
    }

    /** @param listing what the items are, e.g. {@code executions of <arn>} */
    static <T> Page<T> page(List<T> all, int maxResults, String nextToken, String listing) {
        int size = maxResults == 0 ? DEFAULT_PAGE_SIZE : maxResults;
        int start = nextToken == null ? 0 : decode(nextToken, listing);
        int end = Math.min(all.size(), start + size);
        List<T> items = start >= all.size() ? List.of() : all.subList(start, end);
        return new Page<>(items, end < all.size() ? encode(listing, end) : null);
    }

    private static String encode(String listing, int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((listing + "|" + offset)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String token, String listing) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (plain.startsWith(listing + "|")) {
                return Integer.parseInt(plain.substring(listing.length() + 1));
            }
        } catch (IllegalArgumentException e) {
            // not base64, or no number: the same refusal as a token of another listing
        }
        throw new ApiException("InvalidToken", "Invalid Token: '" + token + "'");
    }
}
