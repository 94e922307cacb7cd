module github.com/offercalc/offercalc

go 1.26

require (
	github.com/rickar/cal/v2 v2.1.13
	github.com/shopspring/decimal v1.4.0
)
