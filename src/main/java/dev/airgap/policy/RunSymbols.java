package dev.airgap.policy;

import dev.airgap.resolve.Resource;
import dev.airgap.resolve.Value;
import dev.airgap.template.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * What policies may compare about the run's buckets, roles and tables: {@code Ref} is the name property when it is
 * literal, {@code Arn} is built the way AWS builds it, so that {@code Fn::GetAtt Bucket.Arn} in one policy meets
 * {@code arn:aws:s3:::name} in another.
 */
final class RunSymbols {

    private RunSymbols() {
    }

    static Symbols of(RunResources run) {
        Symbols.Builder b = Symbols.builder();
        String account = run.commonAccount();
        if (account != null) {
            b.pseudo("AWS::AccountId", new Value.Text(account));
        }
        for (Resource r : run.ofType("AWS::S3::Bucket")) {
            name(b, r, "BucketName");
            b.attr(r.id(), "Arn", concat(text("arn:"), partition(run), text(":s3:::"), new Value.Ref(r.id())));
        }
        for (Resource r : run.ofType("AWS::IAM::Role")) {
            name(b, r, "RoleName");
            String path = r.property("Path") instanceof Value.Text t ? t.value() : "/";
            b.attr(r.id(), "Arn", concat(text("arn:"), partition(run), text(":iam::"), run.account(r.id()),
                    text(":role" + path), new Value.Ref(r.id())));
        }
        for (Resource r : run.ofType("AWS::DynamoDB::Table")) {
            name(b, r, "TableName");
            b.attr(r.id(), "Arn", concat(text("arn:"), partition(run), text(":dynamodb:"), region(run), text(":"),
                    run.account(r.id()), text(":table/"), new Value.Ref(r.id())));
        }
        return b.build();
    }

    private static void name(Symbols.Builder b, Resource r, String property) {
        if (r.property(property) instanceof Value.Text t) {
            b.ref(r.id(), t);
        }
    }

    private static Value partition(RunResources run) {
        String p = RequestContext.partitionOf(run.region());
        return p != null ? text(p) : new Value.Unknown("AWS::Partition", "the region is not known",
                SourcePosition.UNKNOWN);
    }

    private static Value region(RunResources run) {
        return run.region() != null ? text(run.region())
                : new Value.Unknown("AWS::Region", "the region is not known", SourcePosition.UNKNOWN);
    }

    private static Value text(String s) {
        return new Value.Text(s);
    }

    private static Value concat(Value... parts) {
        return new Value.Concat(new ArrayList<>(List.of(parts)));
    }
}
