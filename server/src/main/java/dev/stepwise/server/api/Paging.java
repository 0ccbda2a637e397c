package dev.stepwise.server.api;

import dev.stepwise.server.protocol.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * {@code maxResults}/{@code nextToken} paging of the List* operations. A token names the listing it belongs to and
 * the last item it served, so a token from one listing is refused by another with {@code InvalidToken}.
 *
 * <p>The next page starts after that item wherever it now stands: executions started between two pages go to the
 * front of a newest-first listing and machines deleted meanwhile leave it, and an offset alone would then serve
 * items twice or skip them, which AWS's tokens do not. Only when the item itself has gone does the page start at
 * its old offset.
 */
final class Paging {

    /** AWS's page size when a request gives none (or 0). */
    static final int DEFAULT_PAGE_SIZE = 100;

    private Paging() {
    }

    record Page<T>(List<T> items, String nextToken) {
    }

    /**
     * @param listing what the items are, e.g. {@code executions of <arn>}
     * @param key     what tells an item from the others of the listing (its ARN)
     */
    static <T> Page<T> page(List<T> all, int maxResults, String nextToken, String listing, Function<T, String> key) {
        int size = maxResults == 0 ? DEFAULT_PAGE_SIZE : maxResults;
        int start = nextToken == null ? 0 : resume(all, key, decode(nextToken, listing));
        int end = Math.min(all.size(), start + size);
        List<T> items = start >= all.size() ? List.of() : all.subList(start, end);
        return new Page<>(items, end < all.size() ? encode(listing, end, key.apply(all.get(end - 1))) : null);
    }

    private record Place(int offset, String lastKey) {
    }

    private static <T> int resume(List<T> all, Function<T, String> key, Place place) {
        for (int i = 0; i < all.size(); i++) {
            if (key.apply(all.get(i)).equals(place.lastKey())) {
                return i + 1;
            }
        }
        return place.offset();
    }

    private static String encode(String listing, int offset, String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((listing + "|" + offset + "|" + lastKey)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Place decode(String token, String listing) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (plain.startsWith(listing + "|")) {
                String rest = plain.substring(listing.length() + 1);
                int bar = rest.indexOf('|');
                if (bar > 0) {
                    return new Place(Integer.parseInt(rest.substring(0, bar)), rest.substring(bar + 1));
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64, or no number: the same refusal as a token of another listing
        }
        throw new ApiException("InvalidToken", "Invalid Token: '" + token + "'");
    }
}
