package dev.airgap.resolve;

/** One CloudFormation intrinsic function: turns a call in a template into a value. */
@FunctionalInterface
interface IntrinsicFunction {

    Value apply(Call call);
}
