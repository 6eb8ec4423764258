package dev.airgap.template;

import java.util.List;
import java.util.Set;

/** CloudFormation's YAML short-form tags and the long form each one stands for. */
final class ShortForms {

    /** Tags whose long form is {@code Fn::<Tag>}. */
    static final Set<String> FUNCTIONS = Set.of("Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs", "ImportValue",
            "Join", "Select", "Split", "Sub", "Transform", "If", "Equals", "And", "Or", "Not", "ToJsonString",
            "Length", "ForEach", "GetStackOutput",
            // Functions of the Rules section.
            "Contains", "EachMemberEquals", "EachMemberIn", "RefAll", "ValueOf", "ValueOfAll");

    private ShortForms() {
    }

    /** The long-form key for a short-form tag ({@code Ref} → {@code Ref}, {@code Sub} → {@code Fn::Sub}), or null. */
    static String longForm(String tag) {
        if (tag.equals("Ref") || tag.equals("Condition")) {
            return tag;
        }
        return FUNCTIONS.contains(tag) ? "Fn::" + tag : null;
    }

    static String known() {
        return String.join(", ", List.of("!Ref", "!Condition", "!GetAtt", "!Sub", "!Join", "!Select", "!Split",
                "!If", "!Equals", "!And", "!Or", "!Not", "!FindInMap", "!GetAZs", "!ImportValue", "!Base64", "!Cidr",
                "!Transform", "!ToJsonString", "!Length", "!GetStackOutput", "!Contains", "!EachMemberEquals", "!EachMemberIn", "!RefAll",
                "!ValueOf", "!ValueOfAll"));
    }
}
