package dev.stepwise.asl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import org.junit.jupiter.api.Test;

class QueryLanguageTest {

    private static JsonNode json(String singleQuoted) {
        return Json.parse(singleQuoted.replace('\'', '"'));
    }

    @Test
    void aslNamesAreCaseSensitiveAsAwsReadsThem() {
        assertThat(QueryLanguage.fromAslName("JSONata")).contains(QueryLanguage.JSONATA);
        assertThat(QueryLanguage.fromAslName("JSONPath")).contains(QueryLanguage.JSONPATH);
        assertThat(QueryLanguage.fromAslName("jsonata")).isEmpty();
        assertThat(QueryLanguage.fromAslName(null)).isEmpty();
        assertThat(QueryLanguage.JSONATA.aslName()).isEqualTo("JSONata");
    }

    @Test
    void aMachineIsJsonPathUnlessItsTopLevelSaysJsonata() {
        assertThat(QueryLanguage.ofMachine(json("{'StartAt':'A','States':{}}"))).isEqualTo(QueryLanguage.JSONPATH);
        assertThat(QueryLanguage.ofMachine(json("{'QueryLanguage':'JSONata'}"))).isEqualTo(QueryLanguage.JSONATA);
        assertThat(QueryLanguage.ofMachine(json("{'QueryLanguage':'JSONPath'}"))).isEqualTo(QueryLanguage.JSONPATH);
    }

    @Test
    void aStateInheritsTheMachinesLanguageUnlessItSetsItsOwn() {
        JsonNode plain = json("{'Type':'Pass','End':true}");
        assertThat(QueryLanguage.ofState(plain, QueryLanguage.JSONATA)).isEqualTo(QueryLanguage.JSONATA);
        assertThat(QueryLanguage.ofState(plain, QueryLanguage.JSONPATH)).isEqualTo(QueryLanguage.JSONPATH);
        assertThat(QueryLanguage.ofState(json("{'Type':'Pass','QueryLanguage':'JSONata'}"), QueryLanguage.JSONPATH))
                .isEqualTo(QueryLanguage.JSONATA);
        assertThat(QueryLanguage.ofState(json("{'Type':'Pass','QueryLanguage':'JSONPath'}"), QueryLanguage.JSONATA))
                .isEqualTo(QueryLanguage.JSONPATH);
    }

    @Test
    void aValueNamingNoLanguageFallsBackToTheMachinesForTheValidatorToReport() {
        assertThat(QueryLanguage.ofState(json("{'QueryLanguage':'XPath'}"), QueryLanguage.JSONATA))
                .isEqualTo(QueryLanguage.JSONATA);
        assertThat(QueryLanguage.ofState(json("{'QueryLanguage':1}"), QueryLanguage.JSONPATH))
                .isEqualTo(QueryLanguage.JSONPATH);
    }
}
