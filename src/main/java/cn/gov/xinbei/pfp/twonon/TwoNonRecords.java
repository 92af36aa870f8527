package cn.gov.xinbei.pfp.twonon;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.twonon.domain.Agency;
import cn.gov.xinbei.pfp.twonon.domain.AgencyTrack;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The records of a 两非 case by its number, and who may act on them; shared by the case's services. An actorGroups
 * of null means the engine acts on its own (no authenticated user): group checks are skipped.
 */
@Component
class TwoNonRecords {

    static final String BUREAU_CLERKS = Organization.group(Organization.BUREAU, Organization.CLERK);
    static final String BUREAU_SUPERVISORS = Organization.group(Organization.BUREAU, Organization.SUPERVISOR);
    static final String FINANCE_LIAISONS = Organization.group("finance", Organization.LIAISON);

    private final CaseFileService caseFiles;
    private final TwoNonCaseRepository cases;
    private final TwoNonAgencyTrackRepository tracks;

    TwoNonRecords(CaseFileService caseFiles, TwoNonCaseRepository cases, TwoNonAgencyTrackRepository tracks) {
        this.caseFiles = caseFiles;
        this.cases = cases;
        this.tracks = tracks;
    }

    CaseFile caseFile(String caseNumber) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        if (caseFile.getKind() != CaseKind.TWO_NON) {
            throw new IllegalArgumentException(caseNumber + " is not a 两非 case");
        }
        return caseFile;
    }

    TwoNonCase twoNonCase(String caseNumber) {
        String id = caseFile(caseNumber).getId();
        return cases.findById(id).orElseThrow(() -> new IllegalStateException("no two_non_case for " + caseNumber));
    }

    /** The record of an agency's track in the case; an agency not in the case is an input error. */
    TwoNonAgencyTrack track(String caseNumber, Agency agency) {
        return tracks.findByCaseIdAndAgency(caseFile(caseNumber).getId(), agency.slug())
                .orElseThrow(() -> new InvalidInputException("agency", agency.label() + "未参与本案"));
    }

    /**
     * Runs one step on the agency's track and stores the track's new state; a refused step throws before anything is
     * stored. Returns what the step returns.
     */
    <T> T onTrack(String caseNumber, Agency agency, Function<AgencyTrack, T> step) {
        TwoNonAgencyTrack record = track(caseNumber, agency);
        AgencyTrack track = record.track();
        T result = step.apply(track);
        record.record(track);
        return result;
    }

    /** {@link #onTrack} for a step that returns nothing. */
    void step(String caseNumber, Agency agency, Consumer<AgencyTrack> step) {
        onTrack(caseNumber, agency, track -> {
            step.accept(track);
            return null;
        });
    }

    static Agency agency(String slug) {
        return Agency.bySlug(slug).orElseThrow(() -> new IllegalArgumentException("unknown agency " + slug));
    }

    /** The agency of a track; its liaisons only (the candidate group does the same in the Tasklist). */
    static Agency requireLiaison(String slug, Collection<String> actorGroups) {
        Agency agency = agency(slug);
        if (actorGroups != null && !actorGroups.contains(agency.liaisons())) {
            throw new AccessDeniedException("只有" + agency.label() + "联络员可以办理本部门的调查处罚步骤");
        }
        return agency;
    }

    static void requireGroup(Collection<String> actorGroups, String message, String... allowed) {
        if (actorGroups != null && Arrays.stream(allowed).noneMatch(actorGroups::contains)) {
            throw new AccessDeniedException(message);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
