"""The refined surface: the fitted SDF and deformation on the tetrahedral grid, as parameters.

Notation (code name: meaning; the same as ``geometry/sdf_fit.py``)
    grid           TetGrid over [-0.5, 0.5]^3, the normalised frame
    sdf  [V]       signed distance at grid vertices (normalised units, < 0 inside), learnable
    deform [V,3]   raw deformation; vertex offset = max_deform * cell * tanh(deform), learnable
    sdf_fit [V]    the fitted SDF, the anchor the refinement stays near
    band [T',4]    tetrahedra within ``band_cells`` of the surface (re-selected now and then)

The surface may drift from the fit by at most ``max_change_cells`` in SDF value
(``project()`` after each optimiser step), so the refined surface stays on the sketch whatever
the guidance says; inside that trust region the anchor and Laplacian losses keep it smooth.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from sketch2real.geometry.marching_tets import marching_tets
from sketch2real.geometry.mesh_regularizers import laplacian_loss
from sketch2real.geometry.sdf_fit import FitResult, grid_state


@dataclass(frozen=True)
class SurfaceConfig:
    """How the geometry may move during refinement."""

    lr_factor: float = 0.1
    """Geometry learning rates are the fit's (``FitConfig.lr_sdf``, ``lr_deform``) times this."""
    max_change_cells: float = 0.5
    """Trust region: the SDF may move at most this many grid cells from the fitted one, so the
    surface stays on the sketch whatever the guidance says."""
    w_anchor: float = 1.0
    """Weight of the pull of the SDF towards the fitted one, near the surface, in cells^2."""
    w_laplacian: float = 1.0
    """Weight of the mesh Laplacian (in cells^2), keeps the refined surface smooth."""
    band_every: int = 20
    """Re-select the tetrahedra near the surface every this many steps."""


class Surface:
    """Learnable SDF + deformation initialised from a ``FitResult``."""

    def __init__(self, fit: FitResult, max_change_cells: float = 0.5, band_cells: float = 4.0):
        self.grid = fit.grid
        self.cell = fit.grid.cell
        self.config = fit.config
        self.boundary = fit.grid.boundary_mask()
        self.sdf_fit = fit.sdf.detach().clone()
        self.sdf = fit.sdf.detach().clone().requires_grad_(True)
        self.deform = fit.deform.detach().clone().requires_grad_(True)
        self.max_change = max_change_cells * self.cell
        self.band_cells = band_cells
        self.band = self.grid.tets
        self.select_band()

    def effective(self) -> tuple[torch.Tensor, torch.Tensor]:
        """(SDF [V] with the grid boundary forced outside, deformed grid vertices [V,3])."""
        return grid_state(self.sdf, self.deform, self.grid, self.boundary, self.config)

    @torch.no_grad()
    def select_band(self) -> None:
        """Keep the tetrahedra with a vertex within ``band_cells`` of the surface."""
        sdf_b, _ = self.effective()
        near = (sdf_b[self.grid.tets].abs() < self.band_cells * self.cell).any(-1)
        self.band = self.grid.tets[near]
        self.band_verts = torch.unique(self.band)

    def extract(self, full: bool = False) -> tuple[torch.Tensor, torch.Tensor]:
        """Marching tetrahedra: (verts [M,3] normalised frame, differentiable; faces [K,3])."""
        sdf_b, v_grid = self.effective()
        return marching_tets(v_grid, sdf_b, self.grid.tets if full else self.band)

    def regularizers(self, verts: torch.Tensor, faces: torch.Tensor) -> dict[str, torch.Tensor]:
        """``anchor``: mean squared SDF change from the fit near the surface (cells^2);
        ``laplacian``: mean squared uniform Laplacian of the mesh (cells^2)."""
        near = self.band_verts
        anchor = ((self.sdf[near] - self.sdf_fit[near]) ** 2).mean() / (self.cell ** 2)
        lap = laplacian_loss(verts, faces) / (self.cell ** 2)
        return {"anchor": anchor, "laplacian": lap}

    @torch.no_grad()
    def project(self) -> None:
        """Clamp the SDF back into the trust region around the fit."""
        delta = (self.sdf - self.sdf_fit).clamp(-self.max_change, self.max_change)
        self.sdf.copy_(self.sdf_fit + delta)
