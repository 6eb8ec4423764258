package dev.airgap.template;

/**
 * A node of a template as CloudFormation sees it: YAML short-form tags are already turned into their long form
 * ({@code !Ref X} is a one-entry map {@code {Ref: X}}), so the later stages see one tree whatever the source format.
 * Every node keeps its source position.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

    SourcePosition position();

    /** A short human description of the node's kind, for messages ("a map", "a list", "the string 'x'"). */
    String describe();
}
