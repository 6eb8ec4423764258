package dev.airgap.policy;

import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The resource a request acts on, as an ARN that may contain symbols. Partition, region and account are filled in
 * from the {@link RequestContext} when the question is asked, so one target serves every region a stack is analysed
 * for.
 */
public final class ResourceArn {

    /** One piece of the ARN. */
    sealed interface Part {
        record Lit(String text) implements Part {}

        record Val(Value value) implements Part {}

        /** A name no policy mentions, e.g. "any object key". */
        record Fresh(String label) implements Part {}

        record Partition() implements Part {}

        record Region() implements Part {}

        /** The caller's account, where a DynamoDB table of the same account lives. */
        record Account() implements Part {}
    }

    /** "Some object whose key no policy names" (for tables: some index or stream). */
    static final Part ANY_KEY = new Part.Fresh("<any key>");

    private final List<Part> parts;
    private final BucketRef bucket;

    ResourceArn(List<Part> parts, BucketRef bucket) {
        this.parts = List.copyOf(parts);
        this.bucket = bucket;
    }

    /** The bucket itself ({@code s3:ListBucket}, {@code s3:CreateBucket}, …): {@code arn:aws:s3:::NAME}. */
    public static ResourceArn bucket(BucketRef b) {
        return s3(List.of(new Part.Val(b.nameValue())), null, b);
    }

    /**
     * An object of the bucket ({@code s3:GetObject}, …).
     *
     * @param key the object key, or null for "some object whose key no policy names"
     */
    public static ResourceArn object(BucketRef b, String key) {
        return s3(List.of(new Part.Val(b.nameValue())), List.of(key == null ? ANY_KEY : new Part.Lit(key)), b);
    }

    /**
     * An S3 ARN from parts, for buckets known only by a pattern.
     *
     * @param key    null for the bucket itself
     * @param bucket which bucket policies apply
     */
    static ResourceArn s3(List<Part> name, List<Part> key, BucketRef bucket) {
        List<Part> p = new ArrayList<>(List.of(new Part.Lit("arn:"), new Part.Partition(), new Part.Lit(":s3:::")));
        p.addAll(name);
        if (key != null) {
            p.add(new Part.Lit("/"));
            p.addAll(key);
        }
        return new ResourceArn(p, bucket);
    }

    /**
     * A DynamoDB table of the caller's account in the request's region.
     *
     * @param name the table name: literal, or the table's {@code Ref}
     */
    public static ResourceArn table(Value name) {
        return dynamodb(List.of(new Part.Val(name)), null);
    }

    /** A table, or (with {@code sub}) one of its indexes or streams: {@code table/NAME/index/...}. */
    static ResourceArn dynamodb(List<Part> name, List<Part> sub) {
        List<Part> p = new ArrayList<>(List.of(new Part.Lit("arn:"), new Part.Partition(), new Part.Lit(":dynamodb:"),
                new Part.Region(), new Part.Lit(":"), new Part.Account(), new Part.Lit(":table/")));
        p.addAll(name);
        if (sub != null) {
            p.add(new Part.Lit("/"));
            p.addAll(sub);
        }
        return new ResourceArn(p, null);
    }

    /** Any other resource, by ARN. No bucket policy applies to it. */
    public static ResourceArn arn(Value arn) {
        return new ResourceArn(List.of(new Part.Val(arn)), null);
    }

    public static ResourceArn arn(String arn) {
        return arn(new Value.Text(arn));
    }

    /** The bucket whose bucket policy applies, or null. */
    public BucketRef bucket() {
        return bucket;
    }

    List<Token> tokens(RequestContext context) {
        List<Token> out = new ArrayList<>();
        for (Part p : parts) {
            if (p instanceof Part.Lit l) {
                out.addAll(SymbolicString.literal(l.text()));
            } else if (p instanceof Part.Fresh f) {
                out.add(new Token.Sym("fresh:" + f.label(), Token.Kind.FRESH, f.label(), null));
            } else {
                SymbolicString.Result r = SymbolicString.subject(value(p, context), context.symbols());
                out.addAll(r.ok() ? r.tokens()
                        : List.of(new Token.Sym("unknown:" + r.problem(), Token.Kind.OPAQUE, "${?}", null)));
            }
        }
        return out;
    }

    private static Value value(Part p, RequestContext context) {
        if (p instanceof Part.Val val) {
            return val.value();
        }
        if (p instanceof Part.Region) {
            return context.regionValue();
        }
        if (p instanceof Part.Account) {
            return context.caller() != null ? context.caller().account() : Caller.unknownAccount();
        }
        return context.partitionValue();
    }
}
