module github.com/offercalc/offercalc

go 1.26

require (
	github.com/rickar/cal/v2 v2.1.13
	github.com/shopspring/decimal v1.4.0
)

require (
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
