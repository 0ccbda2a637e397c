package dev.stepwise.asl.data.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonataValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void roundTripKeepsKeyOrderTypesAndNesting() throws Exception {
        JsonNode tree = json("{\"z\":1,\"a\":{\"y\":[1,2.5,\"s\",true,null,{}]},\"m\":false,\"n\":null}");
        Object java = JsonataValues.toJava(tree);
        assertThat(new ArrayList<Object>(((Map<?, ?>) java).keySet())).containsExactly("z", "a", "m", "n");
        assertThat(JsonataValues.toJson(java)).isEqualTo(tree);
        assertThat(JsonataValues.toJson(java).toString()).isEqualTo(tree.toString());
    }

    @Test
    void jsonNullBecomesTheLibraryNullAndBack() throws Exception {
        assertThat(JsonataValues.toJava(json("null"))).isSameAs(Jsonata.NULL_VALUE);
        assertThat(JsonataValues.toJson(Jsonata.NULL_VALUE).isNull()).isTrue();
    }

    @Test
    void undefinedIsJavaNull() {
        assertThat(JsonataValues.toJson(null)).isNull();
        assertThat(JsonataValues.toJava(null)).isNull();
    }

    @Test
    void integersStayIntegers() throws Exception {
        assertThat(JsonataValues.toJava(json("1"))).isEqualTo(1);
        assertThat(JsonataValues.toJava(json("12345678901234"))).isEqualTo(12345678901234L);
        assertThat(JsonataValues.toJson(1).toString()).isEqualTo("1");
        assertThat(JsonataValues.toJson(12345678901234L).toString()).isEqualTo("12345678901234");
    }

    @Test
    void wholeDoublesBecomeIntegersUpTo1e21() {
        assertThat(JsonataValues.toJson(3.0).toString()).isEqualTo("3");
        assertThat(JsonataValues.toJson(-0.0).toString()).isEqualTo("0");
        assertThat(JsonataValues.toJson(1e20).toString()).isEqualTo("100000000000000000000");
        assertThat(JsonataValues.toJson(1e21).isDouble()).isTrue();
        assertThat(JsonataValues.toJson(2.5).toString()).isEqualTo("2.5");
    }

    @Test
    void bigIntegersAreNotRounded() throws Exception {
        JsonNode big = json("123456789012345678901234567890");
        Object java = JsonataValues.toJava(big);
        assertThat(java).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(JsonataValues.toJson(java).toString()).isEqualTo("123456789012345678901234567890");
    }

    @Test
    void decimalNodesWithoutFractionAreIntegers() {
        JsonNode decimal = JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("5.000"));
        assertThat(JsonataValues.toJava(decimal)).isEqualTo(BigInteger.valueOf(5));
        assertThat(JsonataValues.toJava(JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("0.25"))))
                .isEqualTo(0.25);
    }

    @Test
    void undefinedMembersAreDroppedAndUndefinedElementsBecomeNull() {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("kept", 1);
        map.put("gone", null);
        assertThat(JsonataValues.toJson(map).toString()).isEqualTo("{\"kept\":1}");
        assertThat(JsonataValues.toJson(java.util.Arrays.asList(1, null)).toString()).isEqualTo("[1,null]");
    }

    @Test
    void valuesWithoutJsonFormAreRefused() {
        assertThatThrownBy(() -> JsonataValues.toJson(Double.POSITIVE_INFINITY))
                .isInstanceOf(JsonataValues.NotJsonException.class);
        assertThatThrownBy(() -> JsonataValues.toJson(List.of(java.util.regex.Pattern.compile("a"))))
                .isInstanceOf(JsonataValues.NotJsonException.class);
    }
}
