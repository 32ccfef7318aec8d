package org.example.gov.trading.scoring.web;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.platform.security.Actor;
import org.example.gov.trading.expert.ExpertId;
import org.example.gov.trading.scoring.EvaluationService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Links an expert of the pool to the login they score with (role EXPERT). */
@RestController
@Tag(name = "evaluation", description = "公共资源交易 — 评标：评标办法、专家在线评分、价格扣除、异常低价说明、否决投标、评标报告")
public class ExpertAccountController {

    private final EvaluationService evaluations;

    public ExpertAccountController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @PutMapping("/api/trading/experts/{id}/account")
    @PreAuthorize("hasRole('TRADING_STAFF')")
    @Operation(summary = "Link an expert of the pool to their login (role EXPERT); 409 when the login is another expert's")
    public ResponseEntity<Void> link(@PathVariable ExpertId id, @Valid @RequestBody ExpertAccountRequest r, Actor actor) {
        evaluations.linkAccount(id, r.subject(), actor);
        return ResponseEntity.noContent().build();
    }
}
