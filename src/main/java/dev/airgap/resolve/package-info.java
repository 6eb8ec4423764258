/**
 * Resolution of CloudFormation intrinsic functions and pseudo parameters: turns the templates of a run into
 * {@link dev.airgap.resolve.ResolvedStack}s whose resource properties are {@link dev.airgap.resolve.Value}s — known
 * text, physical IDs ({@link dev.airgap.resolve.Value.Ref}), deploy-time attributes, strings made of both, or
 * {@link dev.airgap.resolve.Value.Unknown}s that say why they cannot be known before deployment.
 *
 * <p>Entry point: {@link dev.airgap.resolve.Resolver}. Inside, one {@code Run} per call holds a {@code StackScope} per
 * stack and region; each evaluates parameters, conditions, properties and outputs on first use through the
 * {@code Evaluator}'s table of functions (one class per family: references, strings, lists, {@code Fn::Sub},
 * conditions, mappings, AZs, CIDRs, cross-stack, transforms).
 */
package dev.airgap.resolve;
