package dev.airgap.policy;

/**
 * A statement that took part in a decision.
 *
 * @param policy       the policy it belongs to
 * @param index        its position in the policy's {@code Statement} list, from 0
 * @param sid          its {@code Sid}, or empty
 * @param contribution what it did
 * @param note         why it only might apply, or what it is limited to; may be empty
 */
public record DecidingStatement(PolicySource policy, int index, String sid, Contribution contribution, String note) {

    public DecidingStatement {
        sid = sid == null ? "" : sid;
        note = note == null ? "" : note;
    }

    /** {@code endpoint VpcS3Endpoint, Statement[0] (Sid AllowBucket)}. */
    public String label() {
        return policy.name() + ", Statement[" + index + "]" + (sid.isEmpty() ? "" : " (Sid " + sid + ")");
    }

    @Override
    public String toString() {
        return label() + " " + contribution + (note.isEmpty() ? "" : ": " + note);
    }
}
