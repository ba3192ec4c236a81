package io.watchfloor.devices;

/** What the health monitor finds wrong with a camera (DEVICE-05). */
public enum HealthProblem {
    /** It does not answer. */
    OFFLINE("offline", Symptom.OFFLINE),
    /** Its clock is off by more than the policy allows. */
    CLOCK_DRIFT("clock drift", Symptom.OTHER),
    /** Its stream does not play. */
    STREAM_UNAVAILABLE("stream unavailable", Symptom.ABNORMAL_PICTURE),
    /** Its picture analysis reports a problem. */
    ABNORMAL_PICTURE("abnormal picture", Symptom.ABNORMAL_PICTURE),
    /** Its storage is nearly full. */
    STORAGE_LOW("storage low", Symptom.OTHER),
    /** Its storage failed or is full. */
    STORAGE_FAILED("storage failed", Symptom.OTHER),
    /** It answers but refuses the credentials or answers nonsense. */
    NOT_MANAGEABLE("not manageable", Symptom.OTHER);

    private final String title;
    private final Symptom symptom;

    HealthProblem(String title, Symptom symptom) {
        this.title = title;
        this.symptom = symptom;
    }

    /** The problem as said in a sentence. */
    public String title() {
        return title;
    }

    /** The symptom a fault report for it names. */
    public Symptom symptom() {
        return symptom;
    }
}
