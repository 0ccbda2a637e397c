package dev.stepwise.runtime.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.util.List;

/** Valid definitions covering every state type in both query languages: what the fuzz test mutates. */
final class Seeds {

    static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:echo";
    static final String FAILING = "arn:aws:lambda:us-east-1:123456789012:function:fails";

    private Seeds() {
    }

    static List<JsonNode> all() {
        return List.of(
                json("{'Comment':'pass and choice','StartAt':'P','States':{"
                        + "'P':{'Type':'Pass','InputPath':'$','Parameters':{'a.$':'$.a','f.$':'States.Format(\\'{}-{}\\', $.a, $.b)',"
                        + "'n.$':'States.MathAdd(1, 2)','arr.$':'States.Array($.a, 1)'},'ResultPath':'$.p','Next':'C'},"
                        + "'C':{'Type':'Choice','Choices':[{'And':[{'Variable':'$.a','IsPresent':true},"
                        + "{'Not':{'Variable':'$.a','StringEquals':'x'}}],'Next':'W'},"
                        + "{'Variable':'$.b','NumericGreaterThan':3,'Next':'F'}],'Default':'S'},"
                        + "'W':{'Type':'Wait','Seconds':5,'Next':'S'},"
                        + "'F':{'Type':'Fail','Error':'Custom.Error','Cause':'b too big'},"
                        + "'S':{'Type':'Succeed','OutputPath':'$.p'}}}"),
                json("{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + LAMBDA + "',"
                        + "'Parameters':{'x.$':'$.a'},'ResultSelector':{'r.$':'$.x'},'ResultPath':'$.t',"
                        + "'Retry':[{'ErrorEquals':['States.TaskFailed'],'IntervalSeconds':1,'MaxAttempts':2,"
                        + "'BackoffRate':2.0}],'Catch':[{'ErrorEquals':['States.ALL'],'ResultPath':'$.e','Next':'Bad'}],"
                        + "'TimeoutSeconds':30,'Next':'T2'},"
                        + "'T2':{'Type':'Task','Resource':'" + FAILING + "','Catch':[{'ErrorEquals':['Fuzz.Failure'],"
                        + "'Next':'Bad'}],'End':true},"
                        + "'Bad':{'Type':'Fail','ErrorPath':'$.Error','CausePath':'$.Cause'}}}"),
                json("{'StartAt':'Par','States':{'Par':{'Type':'Parallel','Branches':["
                        + "{'StartAt':'A','States':{'A':{'Type':'Pass','Result':{'v':1},'End':true}}},"
                        + "{'StartAt':'B','States':{'B':{'Type':'Wait','SecondsPath':'$.s','End':true}}}],"
                        + "'ResultPath':'$.par','Next':'M'},"
                        + "'M':{'Type':'Map','ItemsPath':'$.items','MaxConcurrency':2,'ItemSelector':{'i.$':'$$.Map.Item.Value'},"
                        + "'ItemProcessor':{'ProcessorConfig':{'Mode':'INLINE'},'StartAt':'I','States':{"
                        + "'I':{'Type':'Pass','End':true}}},'ResultPath':'$.m','End':true}}}"),
                json("{'StartAt':'D','States':{'D':{'Type':'Map','ItemsPath':'$.items','ToleratedFailurePercentage':50,"
                        + "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'STANDARD'},"
                        + "'StartAt':'L','States':{'L':{'Type':'Choice','Choices':[{'Variable':'$','NumericEquals':2,"
                        + "'Next':'X'}],'Default':'E'},'X':{'Type':'Fail','Error':'Item.Two'},'E':{'Type':'Succeed'}}},"
                        + "'End':true}}}"),
                json("{'QueryLanguage':'JSONata','StartAt':'P','States':{"
                        + "'P':{'Type':'Pass','Assign':{'x':'{% $states.input.a %}','n':3},"
                        + "'Output':{'a':'{% $states.input.a %}','len':'{% $count($states.input.items) %}',"
                        + "'s':'{% $string($states.input) %}','r':'{% $range(1, 5, 1) %}'},'Next':'C'},"
                        + "'C':{'Type':'Choice','Choices':[{'Condition':'{% $x = \\'x\\' %}','Next':'F'},"
                        + "{'Condition':'{% $n > 2 %}','Next':'W','Output':'{% $states.input %}'}],'Default':'S'},"
                        + "'W':{'Type':'Wait','Seconds':'{% $n %}','Next':'S'},"
                        + "'F':{'Type':'Fail','Error':'{% \\'Custom.\\' & $x %}','Cause':'{% $string($n) %}'},"
                        + "'S':{'Type':'Succeed','Output':'{% $states.input %}'}}}"),
                json("{'QueryLanguage':'JSONata','StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + LAMBDA + "',"
                        + "'Arguments':{'x':'{% $states.input.a %}'},'Output':'{% $states.result %}',"
                        + "'Retry':[{'ErrorEquals':['States.ALL'],'MaxAttempts':1}],"
                        + "'Catch':[{'ErrorEquals':['States.ALL'],'Output':'{% $states.errorOutput %}','Next':'Done'}],"
                        + "'Next':'M'},"
                        + "'M':{'Type':'Map','Items':'{% [1, 2, 3] %}','ItemSelector':{'v':'{% $states.context.Map.Item.Value %}'},"
                        + "'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Pass','Output':'{% $states.input.v * 2 %}',"
                        + "'End':true}}},'Output':'{% $states.result %}','Next':'Par'},"
                        + "'Par':{'Type':'Parallel','Branches':[{'StartAt':'B','States':{'B':{'Type':'Pass','End':true}}}],"
                        + "'Arguments':'{% $states.input %}','Next':'Done'},"
                        + "'Done':{'Type':'Succeed'}}}"),
                json("{'StartAt':'W','States':{'W':{'Type':'Wait','TimestampPath':'$.t','Next':'W2'},"
                        + "'W2':{'Type':'Wait','Timestamp':'2030-01-01T00:00:00Z','Next':'Loop'},"
                        + "'Loop':{'Type':'Choice','Choices':[{'Variable':'$.n','NumericLessThan':3,'Next':'Inc'}],"
                        + "'Default':'End'},"
                        + "'Inc':{'Type':'Pass','Parameters':{'n.$':'States.MathAdd($.n, 1)','t.$':'$.t'},'Next':'Loop'},"
                        + "'End':{'Type':'Pass','End':true}}}"));
    }

    /** Small inputs every seed can run on. */
    static JsonNode input() {
        return json("{'a':'x','b':2,'s':1,'n':0,'items':[1,2,3],'t':'2020-01-01T00:00:00Z'}");
    }

    static JsonNode json(String singleQuoted) {
        return Json.parse(singleQuoted.replace('\'', '"').replace("\\\"", "'"));
    }
}
