package org.example.gov.trading.inspection.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.example.gov.platform.security.Actor;
import org.example.gov.trading.inspection.InspectorService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The inspector lists 双随机 draws from: kept by supervisors, read by supervisors and trading-centre staff. */
@RestController
@RequestMapping("/api/trading/inspectors")
@Validated
@Tag(name = "inspection", description = "公共资源交易 — 双随机一公开")
public class InspectorController {

    private final InspectorService inspectors;

    public InspectorController(InspectorService inspectors) {
        this.inspectors = inspectors;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "List an inspector for a region of the supervisor's reach, with the ties that make them recuse")
    public InspectorResponse add(@Valid @RequestBody AddInspectorRequest r, Actor actor) {
        return InspectorResponse.of(inspectors.add(new InspectorService.Listing(r.account(), r.department(),
                r.region(), r.organisation(), r.ties()), actor));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'TRADING_STAFF')")
    @Operation(summary = "The inspectors listed within the reader's reach, active first")
    public List<InspectorResponse> list(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, Actor actor) {
        return inspectors.list(page, size, actor).stream().map(InspectorResponse::of).toList();
    }

    @DeleteMapping("/{inspectorId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Remove an inspector from the list: never drawn again, still named by past draws")
    public void remove(@PathVariable UUID inspectorId, Actor actor) {
        inspectors.remove(inspectorId, actor);
    }
}
